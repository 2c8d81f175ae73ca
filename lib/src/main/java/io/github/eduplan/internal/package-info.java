/** Implementation details shared by eduplan's packages; not exported. */
package io.github.eduplan.internal;
