package cn.jianwu.casequery.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Canonical example JSON of the main payloads, shipped with the contract (as
 * platform-events ships its event examples) so that case-query-service's tests check its
 * real answers against the same JSON its callers' tests parse.
 */
public final class CaseQueryExamples {

	private CaseQueryExamples() {
	}

	/** The example's JSON, e.g. {@code examples/case-view.json}. */
	public static byte[] json(Example example) {
		String name = "examples/" + example.fileName();
		try (InputStream in = CaseQueryExamples.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("No example " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The payloads with an example, each with the record it is read as. */
	public enum Example {

		/** {@code POST /api/cases/query}: the request. */
		PUBLIC_QUERY("public-query-request.json"),
		/**
		 * {@code POST /api/cases/query}: the answer of a match (also the desk's case).
		 */
		CASE_VIEW("case-view.json"),
		/** {@code POST /api/cases/query}: the one answer of every failure (404). */
		QUERY_FAILURE("query-failure.json"),
		/** {@code POST /internal/credentials/resolve}: the answer of a match. */
		RESOLVED_CREDENTIAL("resolved-credential.json"),
		/** {@code GET /internal/credentials/{ref}}. */
		CREDENTIAL_STATUS("credential-status.json"),
		/** {@code PUT /api/cases/{caseNumber}}: the request. */
		CASE_UPSERT("case-upsert-request.json"),
		/** {@code PUT /api/cases/{caseNumber}}: the answer, with the codes issued. */
		UPSERT_OUTCOME("upsert-outcome.json"),
		/** {@code POST /api/cases/{caseNumber}/events}: the request. */
		PROCEDURAL_EVENT("procedural-event-request.json"),
		/** {@code POST /api/cases/desk-query}: the answer. */
		DESK_ANSWER("desk-answer.json");

		private final String fileName;

		Example(String fileName) {
			this.fileName = fileName;
		}

		public String fileName() {
			return this.fileName;
		}

	}

}
