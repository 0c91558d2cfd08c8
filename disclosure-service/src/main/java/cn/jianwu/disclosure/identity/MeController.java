package cn.jianwu.disclosure.identity;

import java.util.List;
import java.util.Optional;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.identity.StaffView;
import cn.jianwu.disclosure.workflow.StaffCapabilities;

import cn.jianwu.platform.security.StaffIdentity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/auth/me}: who the console is signed in as. Read from the token, so it
 * works the same with an institution's OIDC provider.
 */
@RestController
class MeController {

	@GetMapping("/api/auth/me")
	StaffView me() {
		StaffIdentity identity = StaffIdentity.require();
		// A role of another system (an institution's OIDC provider) is not ours to show.
		List<StaffRole> roles = identity.roles()
			.stream()
			.map(StaffRole::of)
			.flatMap(Optional::stream)
			.sorted()
			.toList();
		return new StaffView(identity.username(), identity.name(), roles, identity.department(),
				StaffCapabilities.of(roles), StaffCapabilities.decidesAt(roles));
	}

}
