package cn.jianwu.disclosure.redaction;

import java.util.List;

import cn.jianwu.redaction.Redaction;

/**
 * The preview: the text as it would be published and the proposals that produced it, so
 * the clerk can drop or add some and send the accepted list back.
 *
 * @param text the redacted text
 * @param redactions the proposals, sorted by start, offsets into the original text
 */
record RedactionPreviewResponse(String text, List<Redaction> redactions) {

}
