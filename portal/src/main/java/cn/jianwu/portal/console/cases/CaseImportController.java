package cn.jianwu.portal.console.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cn.jianwu.casequery.api.casefile.ImportReport;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports an export of the case system (CSV, uploaded or pasted), or only checks it: any
 * error and nothing is imported. The codes it issues are shown this once.
 */
@Controller
class CaseImportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final StaffApiClient cases;

	CaseImportController(ConsoleServices services) {
		this.cases = services.caseQuery();
	}

	@PostMapping("/console/cases/import")
	String importCases(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String text, @RequestParam(defaultValue = "false") boolean dryRun,
			Model model) throws IOException {
		CasePages.requireCaseManager(user);
		String csv = (file != null && !file.isEmpty()) ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
		if (csv == null || csv.isBlank()) {
			model.addAttribute("importProblem", "请选择CSV文件或粘贴CSV内容。");
			return CasePages.home(model);
		}
		try {
			model.addAttribute("report", this.cases.postText(user, csv, CSV, ImportReport.class,
					"/api/cases/import?dryRun={dryRun}", dryRun));
		}
		catch (ConsoleApiException ex) {
			model.addAttribute("importProblem", ex.detail());
			model.addAttribute("importErrors", ex.fields());
		}
		return CasePages.home(model);
	}

}
