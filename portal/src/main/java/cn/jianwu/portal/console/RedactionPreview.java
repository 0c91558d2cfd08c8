package cn.jianwu.portal.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.disclosure.api.redaction.RedactionKind;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewResponse;

/**
 * What the public would read, side by side with what the clerk wrote: the redaction
 * service's proposals (each with its reason) and the text in runs, each run either the
 * clerk's words or a replacement with the original and the reason behind it. Title,
 * summary and body are previewed as one text, so that a person gets the same pseudonym
 * (张某1, 张某2) everywhere, as at publication.
 *
 * @param title the title's runs
 * @param summary the summary's paragraphs
 * @param body the body's paragraphs
 * @param proposals the distinct proposals, in order of first appearance
 * @param count how many replacements in all
 * @param unlistedNames names in the text nobody listed or cleared: each must be decided
 * @param minorHints what suggests a minor is involved: the exemption or a reason is
 * needed
 */
public record RedactionPreview(List<Run> title, List<List<Run>> summary, List<List<Run>> body, List<Proposal> proposals,
		int count, List<RedactionPreviewResponse.UnlistedName> unlistedNames,
		List<RedactionPreviewResponse.MinorHint> minorHints) {

	/**
	 * Between title, summary and body: nothing any rule of the scanner could match or
	 * cross (the same separator disclosure-service uses when it publishes).
	 */
	static final String SEPARATOR = "\n\u2029\u2029\n";

	private static final String PART_BREAK = "\u2029\u2029";

	/** The text sent for the preview. */
	static String text(String title, String summary, String bodyText) {
		return String.join(SEPARATOR, (title != null) ? title.strip() : "", (summary != null) ? summary.strip() : "",
				String.join("\n", BodyText.paragraphs(bodyText)));
	}

	/**
	 * Builds the preview from the text that was sent and the service's answer.
	 * @param text what {@link #text} made
	 * @param redactions the proposals, sorted by start, offsets into {@code text}
	 */
	static RedactionPreview of(String text, RedactionPreviewResponse answer) {
		List<RedactionPreviewResponse.Redaction> redactions = answer.redactions();
		List<List<List<Run>>> parts = new ArrayList<>();
		List<List<Run>> paragraphs = new ArrayList<>();
		List<Run> paragraph = new ArrayList<>();
		int at = 0;
		List<RedactionPreviewResponse.Redaction> sorted = new ArrayList<>(redactions);
		sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
		List<Object> segments = new ArrayList<>();
		for (RedactionPreviewResponse.Redaction redaction : sorted) {
			if (redaction.start() < at || redaction.end() > text.length()) {
				continue;
			}
			segments.add(text.substring(at, redaction.start()));
			segments.add(redaction);
			at = redaction.end();
		}
		segments.add(text.substring(at));
		for (Object segment : segments) {
			if (segment instanceof RedactionPreviewResponse.Redaction redaction) {
				paragraph
					.add(new Run(redaction.replacement(), redaction.original(), redaction.kind(), redaction.reason()));
				continue;
			}
			String[] lines = ((String) segment).split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					if (!paragraph.isEmpty()) {
						paragraphs.add(paragraph);
					}
					paragraph = new ArrayList<>();
				}
				if (PART_BREAK.equals(lines[i])) {
					parts.add(paragraphs);
					paragraphs = new ArrayList<>();
				}
				else if (!lines[i].isEmpty()) {
					paragraph.add(new Run(lines[i], null, null, null));
				}
			}
		}
		if (!paragraph.isEmpty()) {
			paragraphs.add(paragraph);
		}
		parts.add(paragraphs);
		while (parts.size() < 3) {
			parts.add(List.of());
		}
		List<Run> title = new ArrayList<>();
		parts.get(0).forEach(title::addAll);
		Map<String, Proposal> proposals = new LinkedHashMap<>();
		for (RedactionPreviewResponse.Redaction redaction : sorted) {
			proposals.merge(redaction.kind() + "\u0000" + redaction.original(),
					new Proposal(redaction.kind(), redaction.original(), redaction.replacement(), redaction.reason(),
							1),
					(a, b) -> new Proposal(a.kind(), a.original(), a.replacement(), a.reason(), a.occurrences() + 1));
		}
		return new RedactionPreview(List.copyOf(title), List.copyOf(parts.get(1)), List.copyOf(parts.get(2)),
				List.copyOf(proposals.values()), sorted.size(), answer.unlistedNames(), answer.minorHints());
	}

	/**
	 * A stretch of the previewed text.
	 *
	 * @param text what the reader sees
	 * @param original what the clerk wrote, for a replacement; {@code null} for the
	 * clerk's own words
	 * @param kind what a replacement hides
	 * @param reason why, in Chinese
	 */
	public record Run(String text, String original, RedactionKind kind, String reason) {

		public boolean replaced() {
			return this.original != null;
		}

	}

	/**
	 * One proposed replacement, with how often it occurs.
	 *
	 * @param kind what the replacement hides
	 * @param original the words replaced
	 * @param replacement what the reader sees instead
	 * @param reason why
	 * @param occurrences how often
	 */
	public record Proposal(RedactionKind kind, String original, String replacement, String reason, int occurrences) {

		/** Whether the clerk may publish the original instead. */
		public boolean droppable() {
			return this.kind.droppable();
		}

	}

}
