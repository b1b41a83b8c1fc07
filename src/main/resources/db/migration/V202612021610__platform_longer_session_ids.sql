-- Session ids now carry 256 random bits (43 characters of Base64url) instead of a UUID's 122.
alter table spring_session alter column session_id type varchar(64);
