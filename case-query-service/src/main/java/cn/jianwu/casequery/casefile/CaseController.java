package cn.jianwu.casequery.casefile;

import cn.jianwu.casequery.api.casefile.CaseStaffView;
import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;
import cn.jianwu.casequery.api.casefile.EventOutcome;
import cn.jianwu.casequery.api.casefile.ProceduralEventRequest;
import cn.jianwu.casequery.api.casefile.UpsertOutcome;
import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case data, kept by the case-management department ({@code CASE_MANAGER}). Case numbers
 * contain 〔〕 and Chinese characters: clients send them percent-encoded (UTF-8) in the
 * path.
 */
@RestController
class CaseController {

	private final CaseService cases;

	CaseController(CaseService cases) {
		this.cases = cases;
	}

	/**
	 * Creates or replaces a case with its authorised persons. New persons get a
	 * credential whose query code is in this answer only.
	 */
	@PutMapping("/api/cases/{caseNumber}")
	ResponseEntity<UpsertOutcome> upsert(@PathVariable String caseNumber, @RequestBody CaseUpsertRequest request) {
		UpsertOutcome outcome = this.cases.upsert(caseNumber, request, StaffIdentity.require().username());
		return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.cacheControl(CacheControl.noStore())
			.body(outcome);
	}

	@GetMapping("/api/cases/{caseNumber}")
	ResponseEntity<CaseStaffView> get(@PathVariable String caseNumber) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.cases.staffView(caseNumber));
	}

	/** Records a procedural step; emits {@code case.progress}. */
	@PostMapping("/api/cases/{caseNumber}/events")
	ResponseEntity<EventOutcome> event(@PathVariable String caseNumber, @RequestBody ProceduralEventRequest request) {
		EventOutcome outcome = this.cases.recordEvent(caseNumber, request, StaffIdentity.require().username());
		return ResponseEntity.status(outcome.added() ? HttpStatus.CREATED : HttpStatus.OK)
			.cacheControl(CacheControl.noStore())
			.body(outcome);
	}

}
