package cn.jianwu.casequery.credential;

import java.time.Instant;
import java.util.UUID;

/**
 * A credential just issued, with its query code: the only moment the code exists outside
 * the person's hands. Answered once to the case-management officer, never stored or
 * logged.
 *
 * @param credentialId the credential's reference (safe to keep, e.g. by channel-wechat)
 * @param personId the authorised person
 * @param queryCode the 12-digit code
 * @param issuedAt when
 */
public record IssuedCode(UUID credentialId, long personId, String queryCode, Instant issuedAt) {

	@Override
	public String toString() {
		// Never in a log line by accident.
		return "IssuedCode[" + this.credentialId + ", person " + this.personId + "]";
	}

}
