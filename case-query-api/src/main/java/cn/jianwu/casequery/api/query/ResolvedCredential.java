package cn.jianwu.casequery.api.query;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The credential behind a query code and the last four
 * ({@code POST /internal/credentials/resolve}, for channel-wechat's binding); a failure
 * is the {@link QueryFailure} of every query.
 *
 * @param credentialRef the credential (keep it, never the code)
 * @param caseNumber its case
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResolvedCredential(UUID credentialRef, String caseNumber) {
}
