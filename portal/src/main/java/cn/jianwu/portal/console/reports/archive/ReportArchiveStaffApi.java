package cn.jianwu.portal.console.reports.archive;

import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;
import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.api.archive.ArchiveVolume;
import cn.jianwu.reports.api.archive.SealRequest;
import cn.jianwu.reports.api.archive.VolumeVerification;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * report-service's archive volumes ({@code /api/reports/archives/**}), called with the
 * member's token.
 */
@Component
class ReportArchiveStaffApi {

	private final StaffApiClient client;

	ReportArchiveStaffApi(ConsoleServices services) {
		this.client = services.reports();
	}

	List<ArchiveVolume> volumes(ConsoleUser user, Quarter quarter, String department) {
		return this.client.get(user, new ParameterizedTypeReference<List<ArchiveVolume>>() {
		}, "/api/reports/archives?quarter={quarter}&department={department}", (quarter != null) ? quarter : "",
				(department != null) ? department : "");
	}

	List<ArchiveVolume> seal(ConsoleUser user, SealRequest request) {
		ArchiveVolume[] sealed = this.client.post(user, request, ArchiveVolume[].class, "/api/reports/archives");
		return (sealed != null) ? List.of(sealed) : List.of();
	}

	ArchiveVolume volume(ConsoleUser user, UUID id) {
		return this.client.get(user, ArchiveVolume.class, "/api/reports/archives/{id}", id);
	}

	VolumeVerification verify(ConsoleUser user, UUID id) {
		return this.client.get(user, VolumeVerification.class, "/api/reports/archives/{id}/verification", id);
	}

	void download(ConsoleUser user, UUID id, OutputStream out) {
		this.client.stream(user, out, "/api/reports/archives/{id}/download", id);
	}

}
