package cn.jianwu.disclosure.attachment;

import java.util.List;

/**
 * An attachment whose text (or name) still holds personal data.
 *
 * @param fileName the attachment's name
 * @param remaining what kinds of data remain, as labels staff read (never the values)
 */
public record UnredactedAttachment(String fileName, List<String> remaining) {

	public UnredactedAttachment {
		remaining = List.copyOf(remaining);
	}

}
