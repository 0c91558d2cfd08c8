package cn.jianwu.casequery.api.casefile;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer of {@code POST /api/cases/{caseNumber}/persons/{personId}/credential}: the
 * person's active credential was revoked and this one issued.
 *
 * @param personId the person
 * @param credentialId the new credential
 * @param queryCode its code, shown this once
 * @param issuedAt when
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReissuedCredential(long personId, UUID credentialId, String queryCode, Instant issuedAt) {

	@Override
	public String toString() {
		return "ReissuedCredential[" + this.credentialId + "]";
	}

}
