package cn.jianwu.casequery.api.casefile;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code PUT /api/cases/{caseNumber}} (201 when the case is new).
 *
 * @param caseView the case after the upsert (JSON: {@code case})
 * @param created whether the case is new
 * @param issuedCredentials the credentials issued now, each with its code
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpsertOutcome(@JsonProperty("case") CaseStaffView caseView, boolean created,
		List<IssuedCredential> issuedCredentials) {

	public UpsertOutcome {
		issuedCredentials = (issuedCredentials != null) ? List.copyOf(issuedCredentials) : List.of();
	}

}
