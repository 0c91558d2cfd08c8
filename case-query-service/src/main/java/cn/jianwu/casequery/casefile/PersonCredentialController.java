package cn.jianwu.casequery.casefile;

import java.time.Instant;
import java.util.UUID;

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
	ResponseEntity<Reissued> reissue(@PathVariable String caseNumber, @PathVariable long personId) {
		requirePerson(caseNumber, personId);
		IssuedCode code = this.credentials.reissue(personId, StaffIdentity.require().username());
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new Reissued(personId, code.credentialId(), code.queryCode(), code.issuedAt()));
	}

	@PostMapping("/api/cases/{caseNumber}/persons/{personId}/credential/revoke")
	ResponseEntity<Revoked> revoke(@PathVariable String caseNumber, @PathVariable long personId,
			@RequestBody(required = false) RevokeRequest request) {
		requirePerson(caseNumber, personId);
		String reason = (request != null && request.reason() != null && !request.reason().isBlank())
				? request.reason().trim() : "案管部门撤销";
		boolean revoked = this.credentials.revoke(personId, StaffIdentity.require().username(), reason);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Revoked(personId, revoked));
	}

	private void requirePerson(String caseNumber, long personId) {
		if (!this.credentials.isPersonOfCase(CaseNumbers.normalise(caseNumber), personId)) {
			throw new PersonNotFoundException();
		}
	}

	/**
	 * @param reason why (kept with the credential)
	 */
	record RevokeRequest(String reason) {
	}

	/**
	 * @param personId the person
	 * @param credentialId the new credential
	 * @param queryCode its code, shown this once
	 * @param issuedAt when
	 */
	record Reissued(long personId, UUID credentialId, String queryCode, Instant issuedAt) {
	}

	/**
	 * @param personId the person
	 * @param revoked whether an active credential was revoked (false: there was none)
	 */
	record Revoked(long personId, boolean revoked) {
	}

}
