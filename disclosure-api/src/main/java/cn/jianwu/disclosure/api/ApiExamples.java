package cn.jianwu.disclosure.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Canonical example payloads of disclosure-service's HTTP API, shipped with the contract
 * so that the service's tests (its real answer has the example's shape) and its callers'
 * tests (they read the example) agree on the same JSON.
 */
public enum ApiExamples {

	/**
	 * {@code GET /api/disclosures/{id}}: a published item, as a press officer sees it.
	 */
	STAFF_ITEM("staff-item"),
	/** {@code GET /api/disclosures}. */
	ITEM_PAGE("item-page"),
	/** {@code POST /api/disclosures}. */
	ITEM_REQUEST("item-request"),
	/** {@code GET /api/public/items/{id}}. */
	PUBLIC_ITEM("public-item"),
	/** {@code GET /api/public/items}. */
	PUBLIC_ITEM_PAGE("public-item-page"),
	/** {@code GET /api/disclosures/statistics}. */
	STATISTICS("statistics"),
	/** {@code POST /api/redaction/preview}. */
	REDACTION_PREVIEW_REQUEST("redaction-preview-request"),
	/** {@code POST /api/redaction/preview}'s answer. */
	REDACTION_PREVIEW("redaction-preview"),
	/** {@code POST /api/auth/token}'s answer. */
	TOKEN("token"),
	/** {@code GET /api/auth/me}. */
	ME("me");

	private final String name;

	ApiExamples(String name) {
		this.name = name;
	}

	/** The example's file name, e.g. {@code staff-item.json}. */
	public String fileName() {
		return this.name + ".json";
	}

	/** The example JSON, as UTF-8 bytes. */
	public byte[] json() {
		String resource = "examples/" + fileName();
		try (InputStream in = ApiExamples.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No example payload " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
