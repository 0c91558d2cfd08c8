package cn.jianwu.reports.ingest;

import java.util.List;

import cn.jianwu.catalogue.Catalogue;
import cn.jianwu.catalogue.PlatformService;

/**
 * The topics report-service reads, as the catalogue names them.
 */
public final class PlatformTopics {

	public static final String SERVICE = "report-service";

	private PlatformTopics() {
	}

	public static List<String> consumed() {
		return Catalogue.service(SERVICE).map(PlatformService::consumes).orElseThrow();
	}

}
