package cn.jianwu.disclosure.attachment;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a disclosure item, as staff see it: never its content nor its text.
 *
 * @param fileName the name it was uploaded with, made safe to show
 * @param mediaType what its content is (not what its name or the browser claimed)
 * @param textExtracted whether its text could be read, so that the redaction check sees
 * inside it; images and scans without a text layer cannot be checked
 */
public record Attachment(UUID id, UUID itemId, String fileName, String mediaType, long size, String sha256,
		boolean textExtracted, String createdBy, Instant createdAt) {
}
