package cymru.cylch.benchmark;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The data set actually in the database, counted (as the owner, whom row-level security does not limit). */
record DataSetSize(long councils, long people, long living, long careManagers, long outcomes, long plans,
                   long reviews, long databaseBytes) {

    static DataSetSize count(JdbcClient owner) {
        return owner.sql("""
                        select (select count(*) from organisation where kind = 'COUNCIL'),
                               (select count(*) from person),
                               (select count(*) from person where date_of_death is null),
                               (select count(distinct allocated_worker) from person),
                               (select count(*) from personal_outcome),
                               (select count(*) from support_plan),
                               (select count(*) from outcome_review),
                               pg_database_size(current_database())""")
                .query((rs, n) -> new DataSetSize(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .single();
    }
}
