package cn.jianwu.hall.activity;

import java.util.Optional;
import java.util.UUID;

import cn.jianwu.hall.personal.SealedBox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Seals and opens the person behind each sign-up ({@code activity_sign_up_person}). */
@Component
class SignUpPeople {

	private final JdbcClient jdbc;

	private final SealedBox box;

	SignUpPeople(JdbcClient jdbc, SealedBox box) {
		this.jdbc = jdbc;
		this.box = box;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void seal(UUID signUpId, SignUpPerson person) {
		SealedBox.Sealed sealed = this.box.seal(signUpId, person);
		this.jdbc.sql("""
				INSERT INTO activity_sign_up_person (sign_up_id, key_id, nonce, ciphertext)
				VALUES (:id, :keyId, :nonce, :ciphertext)
				""")
			.param("id", signUpId)
			.param("keyId", sealed.keyId())
			.param("nonce", sealed.nonce())
			.param("ciphertext", sealed.ciphertext())
			.update();
	}

	Optional<SignUpPerson> open(UUID signUpId) {
		return this.jdbc.sql("SELECT key_id, nonce, ciphertext FROM activity_sign_up_person WHERE sign_up_id = :id")
			.param("id", signUpId)
			.query((rs, row) -> this.box.open(signUpId,
					new SealedBox.Sealed(rs.getString("key_id"), rs.getBytes("nonce"), rs.getBytes("ciphertext")),
					SignUpPerson.class))
			.optional();
	}

}
