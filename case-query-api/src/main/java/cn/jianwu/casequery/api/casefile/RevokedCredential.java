package cn.jianwu.casequery.api.casefile;

/**
 * The answer of a revocation.
 *
 * @param personId the person
 * @param revoked whether an active credential was revoked (false: there was none)
 */
public record RevokedCredential(long personId, boolean revoked) {
}
