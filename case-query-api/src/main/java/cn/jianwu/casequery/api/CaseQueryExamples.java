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

	/** The payloads with an example (each reads as the api record its comment names). */
	public enum Example {

		/** {@code POST /api/cases/query}: the request, {@code PublicQueryRequest}. */
		PUBLIC_QUERY("public-query-request.json"),
		/**
		 * {@code POST /api/cases/query}: the answer of a match, {@code CaseView} (also
		 * the desk's case).
		 */
		CASE_VIEW("case-view.json"),
		/** {@code POST /api/cases/query}: every failure (404), {@code QueryFailure}. */
		QUERY_FAILURE("query-failure.json"),
		/** {@code POST /internal/credentials/resolve}: {@code ResolvedCredential}. */
		RESOLVED_CREDENTIAL("resolved-credential.json"),
		/** {@code GET /internal/credentials/{ref}}: {@code CredentialStatus}. */
		CREDENTIAL_STATUS("credential-status.json"),
		/**
		 * {@code PUT /api/cases/{caseNumber}}: the request, {@code CaseUpsertRequest}.
		 */
		CASE_UPSERT("case-upsert-request.json"),
		/** {@code PUT /api/cases/{caseNumber}}: the answer, {@code UpsertOutcome}. */
		UPSERT_OUTCOME("upsert-outcome.json"),
		/**
		 * {@code POST /api/cases/{caseNumber}/events}: {@code ProceduralEventRequest}.
		 */
		PROCEDURAL_EVENT("procedural-event-request.json"),
		/** {@code POST /api/cases/desk-query}: the answer, {@code DeskAnswer}. */
		DESK_ANSWER("desk-answer.json"),
		/** {@code GET /api/cases/alerts}: {@code LockoutAlert[]}, newest first. */
		LOCKOUT_ALERTS("lockout-alerts.json");

		private final String fileName;

		Example(String fileName) {
			this.fileName = fileName;
		}

		public String fileName() {
			return this.fileName;
		}

	}

}
