package cn.jianwu.casequery.api.casefile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer of a revocation.
 *
 * @param personId the person
 * @param revoked whether an active credential was revoked (false: there was none)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevokedCredential(long personId, boolean revoked) {
}
