package cn.jianwu.disclosure.attachment;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An attachment with content, for a download: the original for staff or the published
 * copy for the public.
 *
 * @param sha256 the digest of this content
 */
public record AttachmentFile(Attachment attachment, byte[] content, String sha256) {

	/**
	 * The file as a download: its detected media type, its length, and a
	 * {@code Content-Disposition: attachment} with the name in UTF-8 (RFC 6266), so that
	 * a browser saves it instead of showing it in the page.
	 * @param cache what caches may do with it
	 * @return the answer
	 */
	public ResponseEntity<byte[]> download(CacheControl cache) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(this.attachment.mediaType()))
			.contentLength(this.content.length)
			.header("Content-Disposition", disposition(this.attachment.fileName()))
			.eTag('"' + this.sha256 + '"')
			.cacheControl(cache)
			.body(this.content);
	}

	static String disposition(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

}
