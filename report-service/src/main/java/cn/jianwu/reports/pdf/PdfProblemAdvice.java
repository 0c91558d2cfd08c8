package cn.jianwu.reports.pdf;

import cn.jianwu.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A PDF asked for on a machine without a Chinese font: staff get a clear 503, the
 * operator the reason in the log.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PdfProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(PdfProblemAdvice.class);

	@ExceptionHandler(PdfFontMissingException.class)
	ProblemDetail fontMissing(PdfFontMissingException ex) {
		log.error("Cannot render a report as PDF: {}", ex.getMessage());
		return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "report-pdf-unavailable", "暂时无法生成PDF",
				"服务器未安装中文字体，暂时无法生成PDF文件，请联系系统管理员。");
	}

}
