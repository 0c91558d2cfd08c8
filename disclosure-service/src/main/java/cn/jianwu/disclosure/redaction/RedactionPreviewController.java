package cn.jianwu.disclosure.redaction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.jianwu.disclosure.api.redaction.RedactionKind;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewRequest;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewResponse;
import cn.jianwu.platform.web.Problems;
import cn.jianwu.redaction.Redaction;
import cn.jianwu.redaction.RedactionScanner;
import cn.jianwu.redaction.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/redaction/preview}: shows the clerk what a document would look like
 * once redacted, and why. Stateless: nothing is stored. Only counts are logged; the text,
 * the names and the identifiers are personal data and never reach a log.
 */
@RestController
class RedactionPreviewController {

	static final int MAX_TEXT_CHARS = 200_000;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final int MAX_PERSONS = 200;

	static final int MAX_ADDRESSES = 200;

	static final int MAX_NAME_CHARS = 50;

	static final int MAX_ADDRESS_CHARS = 500;

	private static final Logger log = LoggerFactory.getLogger(RedactionPreviewController.class);

	private final RedactionScanner scanner;

	private final PrivacyReview privacyReview;

	private final Clock clock;

	RedactionPreviewController(RedactionScanner scanner, PrivacyReview privacyReview, Clock clock) {
		this.scanner = scanner;
		this.privacyReview = privacyReview;
		this.clock = clock;
	}

	@PostMapping("/api/redaction/preview")
	RedactionPreviewResponse preview(@RequestBody RedactionPreviewRequest request) {
		validate(request);
		List<Redaction> redactions = this.scanner.scan(request.text(), request.persons(), request.addresses());
		String redacted = Redactor.apply(request.text(), redactions);
		PrivacyReview.Findings findings = this.privacyReview.review(request.text(), request.persons(),
				request.clearedNames(), LocalDate.ofInstant(this.clock.instant(), CHINA));
		log.info(
				"Redaction preview: {} characters, {} persons, {} addresses, {} redactions proposed, "
						+ "{} unlisted names, {} minor hints",
				request.text().length(), request.persons().size(), request.addresses().size(), redactions.size(),
				findings.unlistedNames().size(), findings.minorHints().size());
		return new RedactionPreviewResponse(redacted,
				redactions.stream().map(RedactionPreviewController::view).toList(),
				findings.unlistedNames()
					.stream()
					.map((name) -> new RedactionPreviewResponse.UnlistedName(name.name(), name.firstStart(),
							name.occurrences()))
					.toList(),
				findings.minorHints()
					.stream()
					.map((hint) -> new RedactionPreviewResponse.MinorHint(hint.kind().name(), hint.kind().label(),
							hint.start(), hint.end(), hint.reason()))
					.toList());
	}

	/** The contract names each kind the redaction library knows the same way. */
	static RedactionPreviewResponse.Redaction view(Redaction redaction) {
		return new RedactionPreviewResponse.Redaction(RedactionKind.valueOf(redaction.kind().name()),
				redaction.original(), redaction.replacement(), redaction.start(), redaction.end(), redaction.reason());
	}

	private static void validate(RedactionPreviewRequest request) {
		if (request.text() == null || request.text().isBlank()) {
			throw new InvalidPreviewRequest("text", "请填写需要预览的文书正文（text 不能为空）。");
		}
		if (request.text().length() > MAX_TEXT_CHARS) {
			throw new InvalidPreviewRequest("text",
					"文书正文过长：最多 " + MAX_TEXT_CHARS + " 个字符，当前 " + request.text().length() + " 个字符。请分段预览。");
		}
		if (request.persons().size() > MAX_PERSONS) {
			throw new InvalidPreviewRequest("persons",
					"需要隐名的人员最多 " + MAX_PERSONS + " 人，当前 " + request.persons().size() + " 人。");
		}
		for (int i = 0; i < request.persons().size(); i++) {
			String name = request.persons().get(i);
			int length = (name != null) ? name.strip().codePointCount(0, name.strip().length()) : 0;
			// A one-character name would replace that character everywhere in the
			// document.
			if (length < 2 || length > MAX_NAME_CHARS) {
				throw new InvalidPreviewRequest("persons",
						"第 " + (i + 1) + " 个人员姓名应为 2 至 " + MAX_NAME_CHARS + " 个字符；单字会误替换正文中所有相同的字，请填写完整姓名。");
			}
		}
		if (request.clearedNames().size() > MAX_PERSONS) {
			throw new InvalidPreviewRequest("clearedNames",
					"标记为可公开的姓名最多 " + MAX_PERSONS + " 个，当前 " + request.clearedNames().size() + " 个。");
		}
		if (request.addresses().size() > MAX_ADDRESSES) {
			throw new InvalidPreviewRequest("addresses",
					"标注删除的住址最多 " + MAX_ADDRESSES + " 处，当前 " + request.addresses().size() + " 处。");
		}
		for (int i = 0; i < request.addresses().size(); i++) {
			String address = request.addresses().get(i);
			int length = (address != null) ? address.strip().length() : 0;
			if (length < 2 || length > MAX_ADDRESS_CHARS) {
				throw new InvalidPreviewRequest("addresses",
						"第 " + (i + 1) + " 处标注住址应为 2 至 " + MAX_ADDRESS_CHARS + " 个字符，请按正文原样填写需要删除的部分。");
			}
		}
	}

	@ExceptionHandler(InvalidPreviewRequest.class)
	ProblemDetail invalid(InvalidPreviewRequest ex) {
		log.info("Redaction preview refused: invalid {}", ex.field());
		ProblemDetail problem = validationProblem(ex.getMessage());
		problem.setProperty("field", ex.field());
		return problem;
	}

	// Answered here rather than by the platform handler so that a malformed body gets the
	// same problem type, and a Chinese explanation, as any other invalid preview request.
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		log.info("Redaction preview refused: unreadable request body");
		return validationProblem("请求内容不是有效的 JSON，或字段类型不对：text 应为字符串，persons 和 addresses 应为字符串数组。");
	}

	private static ProblemDetail validationProblem(String detail) {
		return Problems.of(HttpStatus.BAD_REQUEST, "validation", "请求内容有误", detail);
	}

}
