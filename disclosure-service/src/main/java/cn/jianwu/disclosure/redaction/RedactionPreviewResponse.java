package cn.jianwu.disclosure.redaction;

import java.util.List;

import cn.jianwu.redaction.Redaction;
import cn.jianwu.redaction.minors.MinorHint;
import cn.jianwu.redaction.names.FoundName;

/**
 * The preview: the text as it would be published and the proposals that produced it, so
 * the clerk can drop or add some, and the decisions still open before the item may be
 * submitted.
 *
 * @param text the redacted text
 * @param redactions the proposals, sorted by start, offsets into the original text
 * @param unlistedNames person names in the text that are neither listed, cleared nor an
 * official's: each must be listed or cleared
 * @param minorHints what suggests that a minor is involved: the minor exemption must be
 * ticked or the item's publication explained
 */
record RedactionPreviewResponse(String text, List<Redaction> redactions, List<FoundName> unlistedNames,
		List<Hint> minorHints) {

	/**
	 * A hint with its label, so that the console shows it without knowing the kinds.
	 *
	 * @param kind what kind of hint
	 * @param label the kind in Chinese
	 * @param start first index in the text
	 * @param end last index (exclusive)
	 * @param reason why it counts, in Chinese
	 */
	record Hint(String kind, String label, int start, int end, String reason) {

		static Hint of(MinorHint hint) {
			return new Hint(hint.kind().name(), hint.kind().label(), hint.start(), hint.end(), hint.reason());
		}

	}

}
