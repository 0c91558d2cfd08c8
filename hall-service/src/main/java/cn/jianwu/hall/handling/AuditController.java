package cn.jianwu.hall.handling;

import cn.jianwu.hall.audit.AuditVerification;
import cn.jianwu.hall.audit.HandlingAudit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets the supervision group (监督小组) and administrators check that nobody altered the
 * trail of the hall's handling (guarded in {@link HandlingAuthorization}).
 */
@RestController
class AuditController {

	private final HandlingAudit audit;

	AuditController(HandlingAudit audit) {
		this.audit = audit;
	}

	@GetMapping(HandlingAuthorization.AUDIT_VERIFY)
	AuditVerification verify() {
		return this.audit.verify();
	}

}
