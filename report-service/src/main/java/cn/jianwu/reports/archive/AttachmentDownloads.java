package cn.jianwu.reports.archive;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import cn.jianwu.events.AttachmentRef;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches an attachment from disclosure-service as a stream: the path of the reference's
 * URL (which names the portal's public address) on {@code jianwu.reports.disclosure-url},
 * so that report-service talks to disclosure-service directly. The body is never held
 * whole: the caller copies the stream into the ZIP.
 */
@Component
class AttachmentDownloads {

	private final HttpClient http;

	private final String disclosureUrl;

	private final Duration timeout;

	AttachmentDownloads(@Value("${jianwu.reports.disclosure-url}") String disclosureUrl, ArchiveProperties properties) {
		this.disclosureUrl = disclosureUrl.replaceAll("/+$", "");
		this.timeout = Duration.ofSeconds(properties.attachmentTimeoutSeconds());
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The attachment's bytes, to be closed by the caller.
	 * @return empty when disclosure-service no longer serves it (404/410: the item was
	 * withdrawn, revised or is internal)
	 * @throws AttachmentsUnavailableException when disclosure-service cannot be reached
	 * or answers otherwise: the seal fails rather than leave out what it could have held
	 */
	Optional<InputStream> open(AttachmentRef attachment) {
		URI uri = URI.create(this.disclosureUrl + path(attachment.url()));
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(this.timeout).GET().build();
		HttpResponse<InputStream> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw new AttachmentsUnavailableException(
					"disclosure-service did not answer for attachment " + attachment.id(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AttachmentsUnavailableException("Interrupted while fetching an attachment", ex);
		}
		int status = response.statusCode();
		if (status == 200) {
			return Optional.of(response.body());
		}
		close(response.body());
		if (status == 404 || status == 410) {
			return Optional.empty();
		}
		throw new AttachmentsUnavailableException(
				"disclosure-service answered " + status + " for attachment " + attachment.id(), null);
	}

	/** The path (and query) of an attachment's URL, whatever host it names. */
	static String path(String url) {
		URI uri = URI.create(url);
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	private static void close(InputStream body) {
		try {
			body.close();
		}
		catch (IOException ex) {
			// nothing more to read from it
		}
	}

}
