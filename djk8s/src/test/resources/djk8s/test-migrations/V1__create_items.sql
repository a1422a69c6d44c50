CREATE TABLE djk8s_mig_items (id INT PRIMARY KEY, name VARCHAR(100));
