package cn.jianwu.casequery.credential;

import java.util.UUID;

/**
 * A credential as a channel sees it later (e.g. channel-wechat before a progress
 * notification): its case and whether it is still valid.
 *
 * @param credentialRef the credential's id
 * @param caseNumber its case
 * @param active whether it is still valid
 */
public record CredentialStatus(UUID credentialRef, String caseNumber, boolean active) {
}
