package cn.jianwu.casequery.desk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.casequery.api.desk.DeskAnswer;
import cn.jianwu.casequery.api.desk.DeskQueryRequest;
import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.audit.AuditEntry;
import cn.jianwu.casequery.audit.QueryAudit;
import cn.jianwu.casequery.api.query.QueryOutcome;
import cn.jianwu.casequery.casefile.CaseNotFoundException;
import cn.jianwu.casequery.casefile.CaseNumbers;
import cn.jianwu.casequery.casefile.CaseService.PublicCase;
import cn.jianwu.casequery.casefile.CaseService;
import cn.jianwu.casequery.casefile.FieldProblem;
import cn.jianwu.casequery.casefile.InvalidCaseDataException;
import cn.jianwu.casequery.hashing.IdNumbers;
import cn.jianwu.casequery.hashing.KeyedHash;
import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.security.StaffIdentity;
import jakarta.servlet.http.HttpServletRequest;
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
	ResponseEntity<DeskAnswer> query(@RequestBody DeskQueryRequest request, HttpServletRequest http) {
		check(request);
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
	 * A visitor's last four must be there: the audit keeps who was told.
	 */
	private static void check(DeskQueryRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.caseNumber() == null || request.caseNumber().isBlank()) {
			problems.add(new FieldProblem("caseNumber", "请输入案号"));
		}
		if (request.visitorIdLast4() == null) {
			problems.add(new FieldProblem("visitorIdLast4", "请输入来访人身份证号码后四位"));
		}
		else if (!IdNumbers.isLast4(request.visitorIdLast4())) {
			problems.add(new FieldProblem("visitorIdLast4", "来访人身份证号码后四位应为4位数字，末位可为X"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCaseDataException(problems);
		}
	}

}
