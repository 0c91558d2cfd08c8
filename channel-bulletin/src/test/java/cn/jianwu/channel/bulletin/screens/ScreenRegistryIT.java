package cn.jianwu.channel.bulletin.screens;

import java.util.List;
import java.util.UUID;

import cn.jianwu.channel.bulletin.RunningBulletinService;
import cn.jianwu.testsupport.TestStaffTokens;
import cn.jianwu.testsupport.hostile.HostileProbe;
import cn.jianwu.testsupport.hostile.HostileProbe.Endpoint;
import cn.jianwu.events.Category;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADMIN manages the hall screens with a staff token; nobody else can, and mistakes come
 * back as Problem Details in Chinese.
 */
class ScreenRegistryIT extends RunningBulletinService {

	AdminApi api;

	@BeforeEach
	void api() {
		this.api = new AdminApi(baseUrl());
	}

	@Test
	void adminRegistersChangesListsAndRemovesAScreen() {
		String id = "hall-" + UUID.randomUUID().toString().substring(0, 8);
		AdminApi.Response created = this.api.asAdmin("POST", "/screens/admin/screens",
				AdminApi.screenJson(id, "二楼候询区屏", "二楼候询区", 15, Category.CASE_INFO, Category.OTHER, Category.CASE_INFO));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().<String>read("$.id")).isEqualTo(id);
		assertThat(created.json().<List<String>>read("$.categories")).containsExactly("CASE_INFO", "OTHER");
		assertThat(created.json().<Integer>read("$.secondsPerItem")).isEqualTo(15);

		AdminApi.Response changed = this.api.asAdmin("PUT", "/screens/admin/screens/" + id,
				AdminApi.screenJson(null, "二楼屏", "二楼东侧", 20, Category.PERSONNEL));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		AdminApi.Response read = this.api.asAdmin("GET", "/screens/admin/screens/" + id, null);
		assertThat(read.json().<String>read("$.name")).isEqualTo("二楼屏");
		assertThat(read.json().<String>read("$.location")).isEqualTo("二楼东侧");
		assertThat(read.json().<List<String>>read("$.categories")).containsExactly("PERSONNEL");
		assertThat(read.json().<Integer>read("$.secondsPerItem")).isEqualTo(20);
		assertThat(this.api.asAdmin("GET", "/screens/admin/screens", null).json().<List<String>>read("$[*].id"))
			.contains(id);

		assertThat(this.api.asAdmin("DELETE", "/screens/admin/screens/" + id, null).status()).isEqualTo(204);
		AdminApi.Response gone = this.api.asAdmin("GET", "/screens/admin/screens/" + id, null);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.contentType()).startsWith("application/problem+json");
		assertThat(this.api.asAdmin("DELETE", "/screens/admin/screens/" + id, null).status()).isEqualTo(404);
		assertThat(this.api
			.asAdmin("PUT", "/screens/admin/screens/" + id,
					AdminApi.screenJson(null, "二楼屏", null, 20, Category.PERSONNEL))
			.status()).isEqualTo(404);
	}

	@Test
	void theRegistryAndTheScreensAnswerHostileInputWithProblemsNeverA5xx() {
		HostileProbe hostile = new HostileProbe(this.port, TestStaffTokens.admin());
		List<String> settings = List.of("name", "location", "categories", "secondsPerItem");
		hostile.probe(Endpoint.get("/screens/admin/screens"));
		hostile.probe(Endpoint.get("/screens/admin/screens/{screenId}"));
		hostile.probe(Endpoint.get("/screens/admin/status"));
		hostile
			.probe(Endpoint.post("/screens/admin/screens", "id", "name", "location", "categories", "secondsPerItem"));
		hostile.probe(new Endpoint("PUT", "/screens/admin/screens/{screenId}", List.of(), settings, true));
		hostile.probe(new Endpoint("DELETE", "/screens/admin/screens/{screenId}", List.of(), List.of(), false));
		hostile.probe(Endpoint.get("/screens/{screenId}"));
		hostile.probe(Endpoint.get("/screens/{screenId}/events"));
		assertThat(hostile.findings()).as(hostile.requests() + " requests").isEmpty();
	}

	@Test
	void theRegistryAndTheStatusNeedAnAdminToken() {
		String json = AdminApi.screenJson("x-" + UUID.randomUUID().toString().substring(0, 8), "屏", "位置", 10,
				Category.OTHER);
		for (String path : List.of("/screens/admin/screens", "/screens/admin/status")) {
			AdminApi.Response anonymous = this.api.send("GET", path, null, null);
			assertThat(anonymous.status()).as(path).isEqualTo(401);
			assertThat(anonymous.contentType()).startsWith("application/problem+json");
			AdminApi.Response clerk = this.api.send("GET", path, TestStaffTokens.of("clerk1", "CLERK"), null);
			assertThat(clerk.status()).as(path).isEqualTo(403);
			assertThat(clerk.json().<String>read("$.title")).isEqualTo("无权执行此操作");
		}
		assertThat(this.api.send("POST", "/screens/admin/screens", null, json).status()).isEqualTo(401);
		assertThat(this.api.send("POST", "/screens/admin/screens", TestStaffTokens.of("head1", "SECTION_HEAD"), json)
			.status()).isEqualTo(403);
		assertThat(this.api
			.send("DELETE", "/screens/admin/screens/hall-1", TestStaffTokens.of("press", "PRESS_OFFICER"), null)
			.status()).isEqualTo(403);
		assertThat(this.api.send("GET", "/screens/admin/screens", "not-a-token", null).status()).isEqualTo(401);
	}

	@Test
	void mistakesAreExplainedAsProblems() {
		AdminApi.Response invalid = this.api.asAdmin("POST", "/screens/admin/screens",
				"{\"id\":\"Hall 1\",\"name\":\"\",\"categories\":[],\"secondsPerItem\":2}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.contentType()).startsWith("application/problem+json");
		assertThat(invalid.json().<String>read("$.title")).isEqualTo("请求内容有误");
		assertThat(invalid.json().<List<String>>read("$.errors[*].message"))
			.contains("显示屏编号只能由小写字母、数字和连字符组成，以字母或数字开头，2至40个字符，例如 hall-1", "请填写显示屏名称", "请至少选择一个显示类别", "每条信息至少显示5秒");

		AdminApi.Response reserved = this.api.asAdmin("POST", "/screens/admin/screens",
				AdminApi.screenJson("admin", "屏", "位置", 10, Category.OTHER));
		assertThat(reserved.status()).isEqualTo(400);
		assertThat(reserved.body()).contains("显示屏编号 admin 为系统保留");

		AdminApi.Response unknownCategory = this.api.asAdmin("POST", "/screens/admin/screens",
				"{\"id\":\"hall-9\",\"name\":\"屏\",\"categories\":[\"SECRET\"],\"secondsPerItem\":10}");
		assertThat(unknownCategory.status()).isEqualTo(400);
		assertThat(unknownCategory.contentType()).startsWith("application/problem+json");

		String id = this.api.registerScreen("dup", 10, Category.OTHER);
		AdminApi.Response duplicate = this.api.asAdmin("POST", "/screens/admin/screens",
				AdminApi.screenJson(id, "屏", "位置", 10, Category.OTHER));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().<String>read("$.title")).isEqualTo("显示屏编号已被使用");
	}

	@Test
	void theDemoRunHasTheHallScreen() {
		AdminApi.Response demo = this.api.asAdmin("GET", "/screens/admin/screens/hall-1", null);
		assertThat(demo.status()).isEqualTo(200);
		assertThat(demo.json().<String>read("$.name")).isEqualTo("大厅一号屏");
		assertThat(demo.json().<List<String>>read("$.categories")).containsExactlyInAnyOrder("CASE_INFO",
				"GOVERNMENT_AFFAIRS", "PERSONNEL", "OTHER");
		assertThat(demo.json().<Integer>read("$.secondsPerItem")).isEqualTo(10);
	}

}
