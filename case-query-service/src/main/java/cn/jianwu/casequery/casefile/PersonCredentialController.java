package cn.jianwu.casequery.casefile;

import cn.jianwu.casequery.api.casefile.ReissuedCredential;
import cn.jianwu.casequery.api.casefile.RevokeRequest;
import cn.jianwu.casequery.api.casefile.RevokedCredential;
import cn.jianwu.casequery.credential.Credentials;
import cn.jianwu.casequery.credential.IssuedCode;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Revoking and re-issuing a person's credential ({@code CASE_MANAGER}), e.g. when a
 * person lost the slip with the code or is no longer authorised.
 */
@RestController
class PersonCredentialController {

	private final Credentials credentials;

	PersonCredentialController(Credentials credentials) {
		this.credentials = credentials;
	}

	/**
	 * Revokes the active credential and issues a new one, answered once with its code.
	 */
	@PostMapping("/api/cases/{caseNumber}/persons/{personId}/credential")
	ResponseEntity<ReissuedCredential> reissue(@PathVariable String caseNumber, @PathVariable long personId) {
		requirePerson(caseNumber, personId);
		IssuedCode code = this.credentials.reissue(personId, StaffIdentity.require().username());
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new ReissuedCredential(personId, code.credentialId(), code.queryCode(), code.issuedAt()));
	}

	@PostMapping("/api/cases/{caseNumber}/persons/{personId}/credential/revoke")
	ResponseEntity<RevokedCredential> revoke(@PathVariable String caseNumber, @PathVariable long personId,
			@RequestBody(required = false) RevokeRequest request) {
		requirePerson(caseNumber, personId);
		String reason = (request != null && request.reason() != null && !request.reason().isBlank())
				? request.reason().trim() : "案管部门撤销";
		boolean revoked = this.credentials.revoke(personId, StaffIdentity.require().username(), reason);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new RevokedCredential(personId, revoked));
	}

	private void requirePerson(String caseNumber, long personId) {
		if (!this.credentials.isPersonOfCase(CaseNumbers.normalise(caseNumber), personId)) {
			throw new PersonNotFoundException();
		}
	}

}
