package cn.jianwu.casequery.importing;

import java.util.ArrayList;
import java.util.List;

import cn.jianwu.casequery.api.casefile.ImportReport;
import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.platform.web.Problems;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/import} ({@code CASE_MANAGER}): cases, persons, measures and
 * procedural steps from an export of the case system, as CSV ({@code text/csv}, UTF-8
 * unless the content type names another charset) or JSON. {@code ?dryRun=true} only
 * checks. A file with any error is refused whole with 422 {@code import-rejected} and
 * {@code errors[]} ({@code row}, {@code field}, {@code message}).
 */
@RestController
class ImportController {

	private final ImportParser parser;

	private final ImportService imports;

	ImportController(ImportParser parser, ImportService imports) {
		this.parser = parser;
		this.imports = imports;
	}

	@PostMapping(path = "/api/cases/import", consumes = { "text/csv", "text/plain" })
	ResponseEntity<ImportReport> csv(@RequestBody String body, @RequestParam(defaultValue = "false") boolean dryRun) {
		List<ImportError> errors = new ArrayList<>();
		List<ImportedCase> cases = this.parser.csv(body, errors);
		return answer(this.imports.run(cases, errors, dryRun, StaffIdentity.require().username()));
	}

	@PostMapping(path = "/api/cases/import", consumes = "application/json")
	ResponseEntity<ImportReport> json(@RequestBody byte[] body, @RequestParam(defaultValue = "false") boolean dryRun) {
		List<ImportError> errors = new ArrayList<>();
		List<ImportedCase> cases = this.parser.json(body, errors);
		return answer(this.imports.run(cases, errors, dryRun, StaffIdentity.require().username()));
	}

	@ExceptionHandler(ImportRejectedException.class)
	ProblemDetail rejected(ImportRejectedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", "导入未执行",
				"文件中有" + ex.errors().size() + "处错误，未导入任何数据。请修正后重新导入。");
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	private static ResponseEntity<ImportReport> answer(ImportReport report) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(report);
	}

}
