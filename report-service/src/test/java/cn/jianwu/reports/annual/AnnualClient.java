package cn.jianwu.reports.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.jianwu.reports.api.annual.AnnualReportView;
import cn.jianwu.testsupport.JsonRequests;
import tools.jackson.databind.json.JsonMapper;

/** The annual report's API as the console calls it, for the tests. */
final class AnnualClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	AnnualClient(int port) {
		this.port = port;
	}

	Response call(String method, String path, String token, String json) {
		try {
			HttpResponse<String> response = HTTP.send(
					JsonRequests.of("http://127.0.0.1:" + this.port + path, method, token, json).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A file (the PDF) with its content type. */
	Download download(String path, String token) {
		try {
			HttpResponse<byte[]> response = HTTP.send(
					JsonRequests.of("http://127.0.0.1:" + this.port + path, "GET", token, null).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Download(int status, String contentType, byte[] body) {

	}

	record Response(int status, String body) {

		AnnualReportView report() {
			return JSON.readValue(this.body, AnnualReportView.class);
		}

	}

}
