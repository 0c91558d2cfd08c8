package cn.jianwu.disclosure.attachment;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.TextStatus;
import org.junit.jupiter.api.Test;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** A download is saved under its own name, never shown inside the page. */
class AttachmentFileTest {

	@Test
	void downloadsAsAnAttachmentWithTheNameInUtf8() {
		byte[] content = TestFiles.png(4, 4);
		Attachment attachment = new Attachment(UUID.randomUUID(), UUID.randomUUID(), "现场照片 1.png", "image/png",
				content.length, "ab12", false, TextStatus.IMAGE, null, "clerk1", Instant.now());
		ResponseEntity<byte[]> download = new AttachmentFile(attachment, content, "cd34")
			.download(CacheControl.noStore());
		HttpHeaders headers = download.getHeaders();
		assertThat(headers.getContentType()).hasToString("image/png");
		assertThat(headers.getContentLength()).isEqualTo(content.length);
		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
			.contains("filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87%201.png");
		assertThat(headers.getContentDisposition().getFilename()).isEqualTo("现场照片 1.png");
		assertThat(headers.getETag()).isEqualTo("\"cd34\"");
		assertThat(download.getBody()).isEqualTo(content);
	}

}
