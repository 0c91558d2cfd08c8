package cn.jianwu.casequery.api.casefile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code POST /api/cases/{caseNumber}/persons/{personId}/credential/revoke}.
 *
 * @param reason why (kept with the credential; default 案管部门撤销)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevokeRequest(String reason) {
}
