package cn.jianwu.disclosure.api.redaction;

import java.util.List;

/**
 * What the clerk sends to preview the redaction of a document ({@code POST
 * /api/redaction/preview}).
 *
 * @param text the text as the public would read it (plain text: the console sends the
 * title, summary and body's paragraphs)
 * @param persons names of the natural persons to anonymise (parties, victims, witnesses,
 * experts, persons not prosecuted)
 * @param addresses passages the clerk marked as addresses to delete (optional)
 * @param clearedNames names the clerk decided may stand (optional): not reported as
 * unlisted names again
 */
public record RedactionPreviewRequest(String text, List<String> persons, List<String> addresses,
		List<String> clearedNames) {

	public RedactionPreviewRequest {
		persons = (persons != null) ? persons : List.of();
		addresses = (addresses != null) ? addresses : List.of();
		clearedNames = (clearedNames != null) ? clearedNames : List.of();
	}

}
