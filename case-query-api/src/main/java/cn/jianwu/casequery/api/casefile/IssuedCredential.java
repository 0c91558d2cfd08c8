package cn.jianwu.casequery.api.casefile;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A credential issued by an upsert, an import or a re-issue, with its code: shown this
 * once.
 *
 * @param caseNumber the case
 * @param personId the person
 * @param role the person's role
 * @param name the person's name, so that the officer hands the code to the right person
 * @param idLast4 the last four of the person's ID number
 * @param credentialId the credential
 * @param queryCode the 12-digit query code
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IssuedCredential(String caseNumber, long personId, PersonRole role, String name, String idLast4,
		UUID credentialId, String queryCode) {

	@Override
	public String toString() {
		return "IssuedCredential[" + this.credentialId + "]";
	}

}
