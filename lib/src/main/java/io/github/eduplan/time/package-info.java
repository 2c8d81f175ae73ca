/** The Thai fiscal calendar and Thai digits. */
package io.github.eduplan.time;
