package cn.jianwu.platform.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error page for what it refuses before any servlet runs (an address it cannot
 * decode or normalise, a malformed request line): a 400 as Problem Details instead of
 * Tomcat's HTML. Other statuses keep Tomcat's (bodiless, report-free) page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	public ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (response.getStatus() != 400 || response.getContentWritten() > 0 || response.isCommitted()) {
			super.report(request, response, throwable);
			return;
		}
		try {
			ProblemResponses.write(response, InputProblems.malformedRequest(400));
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response cannot take a body any more: nothing to
			// answer.
		}
	}

}
