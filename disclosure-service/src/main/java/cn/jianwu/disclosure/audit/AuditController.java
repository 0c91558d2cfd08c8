package cn.jianwu.disclosure.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets the supervision group (监督小组) check that nobody altered the audit trail. */
@RestController
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/disclosures/audit/verification")
	@PreAuthorize("hasRole('SUPERVISOR')")
	AuditVerification verify() {
		return this.trail.verify();
	}

}
