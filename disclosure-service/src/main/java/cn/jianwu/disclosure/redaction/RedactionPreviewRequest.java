package cn.jianwu.disclosure.redaction;

import java.util.List;

/**
 * What the clerk sends to preview the redaction of a document.
 *
 * @param text the document body, plain text or HTML
 * @param persons names of the natural persons to anonymise (parties, victims, witnesses,
 * experts, persons not prosecuted)
 * @param addresses passages the clerk marked as addresses to delete (optional)
 */
record RedactionPreviewRequest(String text, List<String> persons, List<String> addresses) {

	RedactionPreviewRequest {
		persons = (persons != null) ? persons : List.of();
		addresses = (addresses != null) ? addresses : List.of();
	}

}
