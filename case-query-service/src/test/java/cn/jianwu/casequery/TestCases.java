package cn.jianwu.casequery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jianwu.casequery.hashing.IdNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/** Case data for tests: unique case numbers, valid ID numbers, client addresses. */
public final class TestCases {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private TestCases() {
	}

	/** A case number no other test uses, e.g. 晋检刑诉受〔2026〕14010512345678号. */
	public static String caseNumber() {
		return "晋检刑诉受〔2026〕" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(89_999_999_999L)) + "号";
	}

	/** A valid resident ID number (region 140105, Taiyuan) with a random birth date. */
	public static String idNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
		String first17 = "140105" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		return first17 + IdNumbers.checkCharacter(first17);
	}

	/** An address no other test uses, as the gateway names it in X-Forwarded-For. */
	public static String client() {
		int n = CLIENTS.incrementAndGet() + ThreadLocalRandom.current().nextInt(1 << 20) * 64;
		return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
	}

	public static String last4(String idNumber) {
		return idNumber.substring(14);
	}

	/** A case upsert body with these persons ({@code [name, role, idNumber]}). */
	public static String caseJson(String stage, String... persons) {
		List<String> people = new ArrayList<>();
		for (int i = 0; i + 2 < persons.length; i += 3) {
			people.add("{\"name\":\"" + persons[i] + "\",\"role\":\"" + persons[i + 1] + "\",\"idNumber\":\""
					+ persons[i + 2] + "\"}");
		}
		LocalDate accepted = LocalDate.now().minusDays(30);
		return "{\"caseName\":\"张某涉嫌盗窃案\",\"caseType\":\"审查起诉案件\",\"department\":\"第一检察部\","
				+ "\"prosecutor\":\"王明\",\"acceptedAt\":\"" + accepted + "\",\"stage\":\"" + stage
				+ "\",\"stageDate\":\"" + accepted + "\",\"persons\":[" + String.join(",", people) + "],"
				+ "\"measures\":[{\"measure\":\"逮捕\",\"date\":\"" + accepted.minusDays(5) + "\"}]}";
	}

	/** ID numbers whose last four all differ. */
	public static String[] idNumbers(int count) {
		Map<String, String> byLast4 = new LinkedHashMap<>();
		while (byLast4.size() < count) {
			String id = idNumber();
			byLast4.putIfAbsent(last4(id), id);
		}
		return byLast4.values().toArray(new String[0]);
	}

	/**
	 * Creates a case whose persons have these ID numbers (last fours must differ).
	 * @return per person, in order: its credential
	 */
	public static List<Credential> create(Api api, String caseNumber, String... idNumbers) {
		List<String> persons = new ArrayList<>();
		for (int i = 0; i < idNumbers.length; i++) {
			persons.add("王某" + i);
			persons.add((i % 2 == 0) ? "PARTY" : "DEFENDER");
			persons.add(idNumbers[i]);
		}
		Api.Response created = api.staff(TestTokens.caseManager(), "PUT", "/api/cases/" + Api.path(caseNumber),
				caseJson("审查起诉", persons.toArray(new String[0])));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		List<Credential> credentials = new ArrayList<>();
		for (String idNumber : idNumbers) {
			String filter = "$.issuedCredentials[?(@.idLast4 == '" + last4(idNumber) + "')]";
			List<String> codes = created.read(filter + ".queryCode");
			List<Number> ids = created.read(filter + ".personId");
			assertThat(codes).hasSize(1);
			credentials.add(new Credential(codes.get(0), last4(idNumber), ids.get(0).longValue(), caseNumber));
		}
		return credentials;
	}

	/**
	 * An issued credential.
	 *
	 * @param code the query code
	 * @param last4 the ID number's last four
	 * @param personId the person
	 * @param caseNumber the case
	 */
	public record Credential(String code, String last4, long personId, String caseNumber) {

		/** A wrong last four for this credential. */
		public String wrongLast4() {
			return "0000".equals(this.last4) ? "1111" : "0000";
		}

	}

}
