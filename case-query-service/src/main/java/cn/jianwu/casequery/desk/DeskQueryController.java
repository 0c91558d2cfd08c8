package cn.jianwu.casequery.desk;

import java.time.Clock;
import java.util.List;

import cn.jianwu.casequery.audit.AuditEntry;
import cn.jianwu.casequery.audit.QueryAudit;
import cn.jianwu.casequery.audit.QueryChannel;
import cn.jianwu.casequery.audit.QueryOutcome;
import cn.jianwu.casequery.casefile.CaseNotFoundException;
import cn.jianwu.casequery.casefile.CaseNumbers;
import cn.jianwu.casequery.casefile.CaseService;
import cn.jianwu.casequery.casefile.CaseService.PublicCase;
import cn.jianwu.casequery.casefile.CaseView;
import cn.jianwu.casequery.hashing.KeyedHash;
import cn.jianwu.casequery.query.ClientAddresses;
import cn.jianwu.platform.security.StaffIdentity;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case-management desk's lookup (案管窗口查询) by case number, after the officer checked
 * the visitor in person. Every lookup is audited at once with the officer and the last
 * four of the visitor's ID number, found or not. The answer says whether the visitor's
 * last four match an authorised person of the case, and in which role.
 */
@RestController
class DeskQueryController {

	private static final Logger log = LoggerFactory.getLogger(DeskQueryController.class);

	private final CaseService cases;

	private final QueryAudit audit;

	private final KeyedHash hash;

	private final ClientAddresses clients;

	private final Clock clock;

	DeskQueryController(CaseService cases, QueryAudit audit, KeyedHash hash, ClientAddresses clients, Clock clock) {
		this.cases = cases;
		this.audit = audit;
		this.hash = hash;
		this.clients = clients;
		this.clock = clock;
	}

	@PostMapping("/api/cases/desk-query")
	ResponseEntity<DeskAnswer> query(@Valid @RequestBody DeskQueryRequest request, HttpServletRequest http) {
		String officer = StaffIdentity.require().username();
		String caseNumber = CaseNumbers.normalise(request.caseNumber());
		PublicCase found = this.cases.publicCase(caseNumber).orElse(null);
		QueryOutcome outcome = (found != null) ? QueryOutcome.SUCCESS : QueryOutcome.NOT_FOUND;
		this.audit.recordNow(new AuditEntry(this.clock.instant(), QueryChannel.DESK, outcome, false,
				this.hash.client(this.clients.clientKey(http)), caseNumber, officer, request.visitorIdLast4()));
		log.info("Desk query by {}: {}", officer, outcome);
		if (found == null) {
			throw new CaseNotFoundException();
		}
		List<String> roles = found.persons()
			.stream()
			.filter((person) -> person.idLast4().equals(request.visitorIdLast4()))
			.map((person) -> person.role().label())
			.distinct()
			.toList();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new DeskAnswer(found.view(), !roles.isEmpty(), roles));
	}

	/**
	 * @param caseView the procedural information to tell the visitor (JSON: {@code case})
	 * @param visitorMatchesAuthorisedPerson whether an authorised person of the case has
	 * these last four (the officer still decides on the ID card)
	 * @param visitorRoles the roles of those persons
	 */
	record DeskAnswer(@JsonProperty("case") CaseView caseView, boolean visitorMatchesAuthorisedPerson,
			List<String> visitorRoles) {
	}

}
