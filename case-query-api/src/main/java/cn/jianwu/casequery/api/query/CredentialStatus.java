package cn.jianwu.casequery.api.query;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A credential as a channel sees it later ({@code GET /internal/credentials/{ref}}, e.g.
 * channel-wechat before a progress notification): its case and whether it is still valid.
 *
 * @param credentialRef the credential's id
 * @param caseNumber its case
 * @param active whether it is still valid
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CredentialStatus(UUID credentialRef, String caseNumber, boolean active) {
}
