package cn.jianwu.reports.score;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.platform.web.Problems;
import cn.jianwu.reports.api.score.ScoreSheet;
import cn.jianwu.reports.obligation.ReportReaders;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The score sheet for the institution's readers of reports (ADMIN, SUPERVISOR, CHIEF,
 * DIVISION_LEADER, the office): as JSON, CSV and XLSX.
 */
@RestController
class ScoreController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** Years the platform can have figures for. */
	private static final int FIRST_YEAR = 2000;

	private final ScoreSheets sheets;

	private final ReportReaders readers;

	private final Clock clock;

	private final InstitutionProperties institution;

	ScoreController(ScoreSheets sheets, ReportReaders readers, Clock clock, InstitutionProperties institution) {
		this.sheets = sheets;
		this.readers = readers;
		this.clock = clock;
		this.institution = institution;
	}

	@GetMapping("/api/reports/scores")
	ScoreSheet scores(@RequestParam(required = false) Integer year) {
		LocalDate today = today();
		return sheet((year != null) ? year : today.getYear(), today);
	}

	@GetMapping("/api/reports/scores/{year}.csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable int year) {
		ScoreSheet sheet = sheet(year, today());
		return file(CSV, year + "年检务公开考核表.csv", (out) -> ScoreExports.csv(sheet, out));
	}

	@GetMapping("/api/reports/scores/{year}.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@PathVariable int year) {
		ScoreSheet sheet = sheet(year, today());
		String title = this.institution.name() + year + "年度检务公开考核表（截至" + this.institution.date(sheet.asOf()) + "）";
		return file(XLSX, year + "年检务公开考核表.xlsx", (out) -> ScoreExports.xlsx(sheet, title, out));
	}

	private ScoreSheet sheet(int year, LocalDate today) {
		this.readers.requireReader(StaffIdentity.require());
		if (year < FIRST_YEAR || year > today.getYear()) {
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "validation",
					"请求内容有误", "考核年度应在" + FIRST_YEAR + "年至" + today.getYear() + "年之间。"), null);
		}
		return this.sheets.sheet(year, today);
	}

	private static ResponseEntity<StreamingResponseBody> file(MediaType type, String name, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.institution.zone()));
	}

}
