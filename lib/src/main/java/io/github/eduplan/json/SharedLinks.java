package io.github.eduplan.json;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import java.util.Objects;

/**
 * The alignment links read so far in one document, so that an equal link read again is the same
 * instance: the same few dozen links recur in every project of a plan. A table of the last link
 * built into each slot by hash. Not thread-safe: one per reading.
 */
final class SharedLinks {
  private static final int BITS = 6;

  private final AlignmentLink[] slots = new AlignmentLink[1 << BITS];

  /**
   * Returns the link of these parts, the one built before when it is equal.
   *
   * @param evidence the evidence's name, or null, as every other part when absent
   * @throws RuntimeException if the parts make no link
   */
  AlignmentLink link(String framework, String edition, String item, String evidence) {
    AlignmentEvidence kind = evidence == null ? null : AlignmentEvidence.valueOf(evidence);
    int hash = Objects.hashCode(framework) * 961 + Objects.hashCode(item) * 31 + Objects.hashCode(edition);
    int slot = (hash * 0x9E3779B9) >>> (Integer.SIZE - BITS);
    AlignmentLink known = slots[slot];
    // A link in the table was built, so its framework and evidence are there: parts without
    // either are not the known link, and the builder refuses them below.
    if (known != null && known.evidence() == kind && known.framework().equals(framework)
        && Objects.equals(known.item().orElse(null), item)
        && Objects.equals(known.edition().orElse(null), edition)) {
      return known;
    }
    AlignmentLink.Builder b = AlignmentLink.builder();
    if (framework != null) {
      b.framework(framework);
    }
    if (edition != null) {
      b.edition(edition);
    }
    if (item != null) {
      b.item(item);
    }
    if (kind != null) {
      b.evidence(kind);
    }
    AlignmentLink link = b.build();
    slots[slot] = link;
    return link;
  }
}
