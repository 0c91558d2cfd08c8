package cn.jianwu.disclosure.api.redaction;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

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
@JsonIgnoreProperties(ignoreUnknown = true)
public record RedactionPreviewResponse(String text, List<Redaction> redactions, List<UnlistedName> unlistedNames,
		List<MinorHint> minorHints) {

	public RedactionPreviewResponse {
		redactions = (redactions != null) ? List.copyOf(redactions) : List.of();
		unlistedNames = (unlistedNames != null) ? List.copyOf(unlistedNames) : List.of();
		minorHints = (minorHints != null) ? List.copyOf(minorHints) : List.of();
	}

	/**
	 * One proposed replacement of {@code original} by {@code replacement} at
	 * {@code [start, end)} (UTF-16 indexes) of the text sent.
	 *
	 * @param reason why it is hidden, in Chinese
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Redaction(RedactionKind kind, String original, String replacement, int start, int end,
			String reason) {
	}

	/**
	 * A person's name that nobody listed, as it stands in the text.
	 *
	 * @param firstStart the UTF-16 index of its first occurrence
	 * @param occurrences how many times it occurs
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record UnlistedName(String name, int firstStart, int occurrences) {
	}

	/**
	 * A hint that a minor is involved, with its label, so that the console shows it
	 * without knowing the kinds.
	 *
	 * @param kind what kind of hint
	 * @param label the kind in Chinese
	 * @param start first index in the text
	 * @param end last index (exclusive)
	 * @param reason why it counts, in Chinese
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record MinorHint(String kind, String label, int start, int end, String reason) {
	}

}
