package cn.jianwu.casequery.api.casefile;

/**
 * {@code POST /api/cases/{caseNumber}/persons/{personId}/credential/revoke}.
 *
 * @param reason why (kept with the credential; default 案管部门撤销)
 */
public record RevokeRequest(String reason) {
}
