package cn.jianwu.portal.console;

import cn.jianwu.portal.site.PortalProperties;

import org.springframework.stereotype.Component;

/** The staff APIs the console calls, each with the signed-in member's token. */
@Component
public class ConsoleServices {

	private final StaffApiClient disclosure;

	private final StaffApiClient caseQuery;

	private final StaffApiClient bulletin;

	private final StaffApiClient hall;

	private final StaffApiClient reports;

	ConsoleServices(PortalProperties portal, ConsoleProperties console) {
		this.disclosure = new StaffApiClient(portal.disclosureUrl(), "disclosure-service", portal.connectTimeout(),
				console.readTimeout());
		this.caseQuery = new StaffApiClient(portal.caseQueryUrl(), "case-query-service", portal.connectTimeout(),
				console.readTimeout());
		this.bulletin = new StaffApiClient(console.bulletinUrl(), "channel-bulletin", portal.connectTimeout(),
				console.readTimeout());
		this.hall = new StaffApiClient(portal.hallUrl(), "hall-service", portal.connectTimeout(),
				console.readTimeout());
		this.reports = new StaffApiClient(console.reportUrl(), "report-service", portal.connectTimeout(),
				console.readTimeout());
	}

	/** disclosure-service: login, items, workflow, redaction preview, statistics. */
	public StaffApiClient disclosure() {
		return this.disclosure;
	}

	/** case-query-service: cases, persons and credentials, desk query, import, stats. */
	public StaffApiClient caseQuery() {
		return this.caseQuery;
	}

	/** channel-bulletin (LAN only): the screen registry and who is online. */
	public StaffApiClient bulletin() {
		return this.bulletin;
	}

	/**
	 * hall-service: the messages of the online service hall and their handling, open
	 * calls.
	 */
	public StaffApiClient hall() {
		return this.hall;
	}

	/** report-service: obligations, archive volumes, reports and figures. */
	public StaffApiClient reports() {
		return this.reports;
	}

}
