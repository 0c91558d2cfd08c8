package cn.jianwu.disclosure.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the files staff attach to disclosure items.
 *
 * @param maxSize the largest file accepted; keep {@code spring.servlet.multipart.*} a
 * little above it, so that the service's own check answers (with a Problem)
 * @param maxPerItem how many attachments one revision of an item may have
 * @param maxTextLength characters of a PDF's text kept (of every page and every other
 * part a reader can get out of it); a file with more is not checked automatically and
 * waits for an approver's confirmation
 */
@ConfigurationProperties("jianwu.attachments")
record AttachmentProperties(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("20") int maxPerItem,
		@DefaultValue("1000000") int maxTextLength) {

	AttachmentProperties {
		if (maxSize.toBytes() < 1) {
			throw new IllegalArgumentException("jianwu.attachments.max-size must be positive");
		}
		if (maxPerItem < 1 || maxTextLength < 1) {
			throw new IllegalArgumentException("jianwu.attachments.max-per-item and max-text-length must be positive");
		}
	}

}
